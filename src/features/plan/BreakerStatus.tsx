import { Output } from '../../components/Output';
import { useDesk } from '../../store/deskStore';
import { useBreakerHolds, useBreakerOverridable, usePlanLogText } from '../../store/selectors';

/**
 * The circuit breaker: its state with the countdown and the reason, and `Override pause` while a pause
 * may be overridden (the override is logged with its time). With `always` false (beside `Add to book`)
 * nothing shows while the desk is clear.
 */
export function BreakerStatus({ id, always = false }: { id: string; always?: boolean }) {
  const holds = useBreakerHolds();
  const overridable = useBreakerOverridable();
  const text = usePlanLogText('breaker');
  const note = usePlanLogText('breakerNote');
  const override = useDesk((s) => s.overrideBreaker);
  if (!holds && !always) return null;
  return (
    <div className={holds ? 'breaker breaker--holds' : 'breaker'}>
      <Output id={`${id}-breaker`} label="Circuit breaker" value={text} note={note} />
      {overridable ? (
        <button type="button" onClick={override}>
          Override pause
        </button>
      ) : null}
    </div>
  );
}
