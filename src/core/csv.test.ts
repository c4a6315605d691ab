import { describe, expect, it } from 'vitest';
import { csvCell, csvNumberCell, csvRecord, csvText } from './csv';
import { D } from './decimal';

describe('csv cells', () => {
  it.each([
    ['M2K', 'M2K'],
    ['', ''],
    ['2000.5', '2000.5'],
    // formula starts get a quote in front
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['  =HYPERLINK("x")', '"\'  =HYPERLINK(""x"")"'],
    ['\0x', "'\0x"],
    // RFC 4180 quoting
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['\rcarriage', '"\'\rcarriage"'],
    ['=A1,"x"', '"\'=A1,""x"""'],
    // an = later in the text is harmless
    ['a=b', 'a=b'],
  ])('%j → %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    ['-80', 2, '-80.00'],
    ['1234.5', 2, '1234.50'],
    ['0', 2, '0.00'],
  ])('the computed number %s is written plainly: %s', (value, places, cell) => {
    expect(csvNumberCell(new D(value), places)).toBe(cell);
  });

  it('joins records with commas and ends every line with CRLF', () => {
    expect(csvText([csvRecord(['a', csvCell('b,c')]), csvRecord(['1', '2'])])).toBe('a,"b,c"\r\n1,2\r\n');
    expect(csvText([])).toBe('');
  });
});
