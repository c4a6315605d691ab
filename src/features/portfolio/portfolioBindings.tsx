/** Store-connected figures of the Portfolio section. */
import type { PortfolioOutputs } from '../../core/portfolio/portfolioDoor';
import { Output } from '../../components/Output';
import { usePortfolioNote, usePortfolioText } from '../../store/selectors';

/** A Portfolio figure: an `<output>` named by its label, with an optional note that is itself a Portfolio text. */
export function PortfolioOutputField({
  outputKey,
  label,
  noteKey,
  emphasis,
}: {
  outputKey: keyof PortfolioOutputs;
  label: string;
  noteKey?: keyof PortfolioOutputs;
  emphasis?: boolean;
}) {
  const value = usePortfolioText(outputKey);
  const note = usePortfolioNote(noteKey);
  return <Output id={`out-${outputKey}`} label={label} value={value} note={note} emphasis={emphasis} />;
}
