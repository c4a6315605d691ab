import { lazy, Suspense, useDeferredValue } from 'react';
import { Output } from '../../components/Output';
import { Panel } from '../../components/Panel';
import {
  useCalendarNote,
  useCalendarText,
  useGapHistogram,
  useGapRows,
  type CalendarTextKey,
} from '../../store/selectors';

const GapChart = lazy(() => import('./GapChart').then((module) => ({ default: module.GapChart })));

const COLUMNS = [
  ['count', 'Gaps'],
  ['median', 'Median'],
  ['p95', '95th percentile'],
  ['p99', '99th percentile'],
  ['largest', 'Largest'],
] as const;

/** The histogram a frame after the numbers (deferred, like every chart). */
function GapChartSlot() {
  const bins = useDeferredValue(useGapHistogram());
  const caption = useCalendarText('gapHistogramCaption');
  if (bins.length === 0) return null;
  return (
    <Suspense fallback={<p className="chart-placeholder">Loading chart…</p>}>
      <GapChart bins={bins} caption={caption} />
    </Suspense>
  );
}

function GapTable() {
  const rows = useGapRows();
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table table--reflow">
        <caption>Size of the gap |open − previous close| by weekday of the open, in points and %</caption>
        <thead>
          <tr>
            <th scope="col">Weekday</th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {COLUMNS.map(([key, label]) => (
                <td key={key} data-label={label}>
                  <output aria-label={`${row.label} ${label.toLowerCase()}`}>{row[key]}</output>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CalendarOutput({
  id,
  label,
  value,
  note,
}: {
  id: string;
  label: string;
  value: CalendarTextKey;
  note?: CalendarTextKey;
}) {
  const text = useCalendarText(value);
  const noteText = useCalendarNote(note);
  return <Output id={id} label={label} value={text} note={noteText} />;
}

/** Open-vs-previous-close gaps of the imported daily bars: by weekday, p99 for the stress, stop jumps. */
export function GapsPanel() {
  const summary = useCalendarText('gapsSummary');
  return (
    <Panel id="gaps" title="Gaps from your bars" className="panel--wide">
      <p className="panel__intro">{summary}</p>
      <div className="figures">
        <CalendarOutput id="out-gapMedian" label="Median gap" value="gapMedian" />
        <CalendarOutput id="out-gapP95" label="95th percentile gap" value="gapP95" />
        <CalendarOutput id="out-gapP99" label="99th percentile gap" value="gapP99" />
        <CalendarOutput id="out-gapLargest" label="Largest gap" value="gapLargest" />
        <CalendarOutput
          id="out-weekendGap"
          label="Weekend gap (p99)"
          value="weekendGap"
          note="weekendGapNote"
        />
        <CalendarOutput
          id="out-overnightGap"
          label="Overnight gap (p99)"
          value="overnightGap"
          note="overnightGapNote"
        />
        <CalendarOutput id="out-gapJump" label="Gaps beyond the stop" value="gapJump" note="gapJumpNote" />
      </div>
      <GapTable />
      <GapChartSlot />
    </Panel>
  );
}
