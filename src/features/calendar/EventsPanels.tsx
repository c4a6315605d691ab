import { memo } from 'react';
import type { UserEventField, UserEventText } from '../../core';
import { SelectField } from '../../components/ChoiceFields';
import { Panel } from '../../components/Panel';
import { TextField } from '../../components/TextField';
import { useDesk } from '../../store/deskStore';
import {
  useCalendarText,
  useMonthWeeks,
  useNextEvents,
  useSetInput,
  useUserEventError,
  useUserEvents,
} from '../../store/selectors';
import { SelectInput } from '../bindings';
import { useRowFocus } from '../useRowFocus';

const LOOK_AHEAD_OPTIONS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: '730', label: '2 years' },
] as const;

const PRODUCT_SCOPE_OPTIONS = [
  { value: 'held', label: 'Sizer and book contracts' },
  { value: 'all', label: 'Every product' },
] as const;

const IMPORTANCE_OPTIONS = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
] as const;

const WEEKDAYS = [
  ['Sun', 'Sunday'],
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
] as const;

/** The `Next events` list: each event's date, title and days to go, soonest first. */
export function NextEventsPanel() {
  const events = useNextEvents();
  const note = useCalendarText('nextEventsNote');
  return (
    <Panel id="next-events" title="Next events" className="panel--next-events">
      <div className="row">
        <SelectInput inputKey="eventsLookAhead" label="Look ahead" options={LOOK_AHEAD_OPTIONS} />
        <SelectInput
          inputKey="eventsProducts"
          label="Rolls and expiries of"
          options={PRODUCT_SCOPE_OPTIONS}
        />
      </div>
      <p className="panel__intro">{note}</p>
      {events.length === 0 ? (
        <p className="panel__intro">No events in this range.</p>
      ) : (
        // On a wide screen the list scrolls in its own box (keyboard: it takes the focus to scroll).
        <div className="events-scroll" tabIndex={0} role="region" aria-label="Event list (scrolls)">
          <ol className="events" aria-label="Next events">
            {events.map((event) => (
              <li key={event.id} className={`event event--${event.importance}`}>
                <span className="event__date">
                  <time dateTime={event.date}>{event.date}</time> {event.weekday}
                </span>
                <span className="event__title">
                  {event.title}
                  {event.tentative ? ' (tentative)' : ''}
                </span>
                <span className="event__days">{event.daysToGo}</span>
                <span className={`importance importance--${event.importance}`}>{event.importance}</span>
                {event.note === '' ? null : <span className="event__note">{event.note}</span>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Panel>
  );
}

/** The month view: whole weeks from Sunday, each day with its events' tags. */
export function MonthPanel() {
  const weeks = useMonthWeeks();
  const title = useCalendarText('monthTitle');
  const before = useCalendarText('monthBefore');
  const after = useCalendarText('monthAfter');
  const setInput = useSetInput();
  return (
    <Panel id="month" title="Month">
      <div className="month-nav">
        <button
          type="button"
          onClick={() => {
            setInput('calendarMonth', before);
          }}
        >
          Previous month
        </button>
        <button
          type="button"
          onClick={() => {
            setInput('calendarMonth', '');
          }}
        >
          This month
        </button>
        <button
          type="button"
          onClick={() => {
            setInput('calendarMonth', after);
          }}
        >
          Next month
        </button>
      </div>
      <table className="month">
        <caption>{title}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date ?? ''}>
              {week.map((day) => (
                <td
                  key={day.date}
                  className={`month__day${day.inMonth ? '' : ' month__day--other'}${day.isToday ? ' month__day--today' : ''}`}
                  aria-current={day.isToday ? 'date' : undefined}
                >
                  <span className="month__number" aria-hidden="true">
                    {day.day}
                  </span>
                  <span className="visually-hidden">{day.label}</span>
                  {day.events.length === 0 ? null : (
                    <ul className="month__events">
                      {day.events.map((event) => (
                        <li key={event.id} className={`tag tag--${event.importance}`} title={event.title}>
                          <span aria-hidden="true">{event.tag}</span>
                          <span className="visually-hidden">{`${event.title} (${event.importance})`}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function eventFieldId(id: string, field: UserEventField): string {
  return `event-${id}-${field}`;
}

/** The first field of a row, which takes the focus when the row takes a removed row's place. */
function dateFieldId(id: string): string {
  return eventFieldId(id, 'date');
}

/** One of the trader's events; its fields are named "Event N date" and so on. */
const UserEventEditor = memo(function UserEventEditor({
  row,
  index,
  onRemove,
}: {
  row: UserEventText;
  index: number;
  onRemove: (id: string, index: number) => void;
}) {
  const { id } = row;
  const update = useDesk((s) => s.updateUserEvent);
  const dateError = useUserEventError(id, 'date');
  const titleError = useUserEventError(id, 'title');
  const importanceError = useUserEventError(id, 'importance');
  const setter = (field: UserEventField) => (text: string) => {
    update(id, field, text);
  };
  const name = `Event ${index + 1}`;
  return (
    <li className="user-event">
      <TextField
        id={eventFieldId(id, 'date')}
        label={`${name} date`}
        value={row.date}
        placeholder="YYYY-MM-DD"
        onChange={setter('date')}
        error={dateError}
      />
      <TextField
        id={eventFieldId(id, 'title')}
        label={`${name} title`}
        value={row.title}
        placeholder="CPI, NFP, earnings…"
        maxLength={120}
        onChange={setter('title')}
        error={titleError}
      />
      <SelectField
        id={eventFieldId(id, 'importance')}
        label={`${name} importance`}
        value={row.importance}
        options={IMPORTANCE_OPTIONS}
        onChange={setter('importance')}
        error={importanceError}
      />
      <button
        type="button"
        className="user-event__remove"
        aria-label={`Remove event ${index + 1}`}
        onClick={() => {
          onRemove(id, index);
        }}
      >
        Remove
      </button>
    </li>
  );
});

/** The trader's own events (CPI, NFP, earnings…): saved with the inputs and shared in links. */
export function UserEventsPanel() {
  const rows = useUserEvents();
  const add = useDesk((s) => s.addUserEvent);
  const remove = useDesk((s) => s.removeUserEvent);
  const leftOut = useCalendarText('userEventsLeftOut');
  const { addButton, onRemove, focusNewRow } = useRowFocus(rows, remove, dateFieldId);
  return (
    <Panel id="user-events" title="Your events">
      <p className="panel__intro">
        CPI, NFP, earnings, anything: a date (YYYY-MM-DD), a title and an importance. High-importance events
        count in the sizer&rsquo;s holding-period check. Saved with your inputs and shared in links.
      </p>
      {rows.length === 0 ? null : (
        <ol className="user-events" aria-label="Your events">
          {rows.map((row, index) => (
            <UserEventEditor key={row.id} row={row} index={index} onRemove={onRemove} />
          ))}
        </ol>
      )}
      <div className="actions">
        <button
          type="button"
          ref={addButton}
          onClick={() => {
            focusNewRow();
            add();
          }}
        >
          Add event
        </button>
      </div>
      {leftOut === '' ? null : (
        <p className="left-out" role="note">
          {leftOut}
        </p>
      )}
    </Panel>
  );
}
