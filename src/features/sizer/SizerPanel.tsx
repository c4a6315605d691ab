import { useState } from 'react';
import { Panel } from '../../components/Panel';
import { useDesk } from '../../store/deskStore';
import {
  useBreakerHolds,
  useCalendarText,
  useCanAddToBook,
  useLadder,
  useSizerText,
  useContractOptions,
} from '../../store/selectors';
import { Output } from '../../components/Output';
import { PriceLadder } from '../../components/PriceLadder';
import { BreakerStatus } from '../plan/BreakerStatus';
import { useFlash } from '../useFlash';
import { CheckboxInput, InputField, OutputField, RadioInput, SelectInput } from '../bindings';
import { MARGIN_BASIS_OPTIONS, SIDE_OPTIONS } from '../options';

const STOP_METHOD_OPTIONS = [
  { value: 'price', label: 'Price' },
  { value: 'ticks', label: 'Ticks' },
  { value: 'atr', label: 'ATR' },
] as const;

/** The sized trade as an order ticket: copied to the clipboard where the browser allows, and shown to copy. */
function CopyTicket() {
  const ticket = useSizerText('ticket');
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const copy = () => {
    setShown(ticket);
    setCopied(false);
    // The clipboard API exists only in secure contexts (https, localhost); elsewhere the ticket is shown to copy.
    if (!window.isSecureContext) return;
    navigator.clipboard.writeText(ticket).then(
      () => {
        setCopied(true);
      },
      () => {
        setCopied(false);
      },
    );
  };
  return (
    <>
      <button type="button" disabled={ticket === ''} onClick={copy}>
        Copy ticket
      </button>
      {shown === null ? null : (
        <div className="field ticket">
          <label htmlFor="trade-ticket">Trade ticket{copied ? ' (copied)' : ''}</label>
          <textarea id="trade-ticket" readOnly rows={2} value={shown} />
        </div>
      )}
    </>
  );
}

/**
 * The price ladder of the sized trade, drawn with the numbers: a handful of rungs costs less in the same
 * frame than a deferred second render (and its own layout and paint) would.
 */
function Ladder() {
  const rungs = useLadder();
  return rungs.length === 0 ? null : <PriceLadder rungs={rungs} />;
}

function AddToBook() {
  // The circuit breaker (Plan: trade log) holds the desk after N losses in a row or at the daily loss limit.
  const sized = useCanAddToBook();
  const holds = useBreakerHolds();
  const canAdd = sized && !holds;
  const add = useDesk((s) => s.addSizedToBook);
  const [message, flash] = useFlash();
  return (
    <div className="actions">
      <button
        type="button"
        disabled={!canAdd}
        onClick={() => {
          const added = add();
          if (added !== null) flash(`Added ${added} to the book.`);
        }}
      >
        Add to book
      </button>
      <CopyTicket />
      <span role="status" className="flash">
        {message}
      </span>
      <BreakerStatus id="sizer" />
    </div>
  );
}

/**
 * The holding-period check: which high-importance events fall inside [today, today + Holding days], and
 * the event ATR multiplier offered in one click (never applied without it).
 */
function HoldingCheck() {
  const events = useCalendarText('holdingEvents');
  const offer = useCalendarText('holdingOffer');
  const note = useCalendarText('holdingOfferNote');
  const apply = useDesk((s) => s.applyEventAtrMultiplier);
  return (
    <div className="holding">
      <Output
        id="out-holdingEvents"
        label="Events in holding period"
        value={events === '' ? '—' : events}
        note={events === '' ? 'Enter Holding days to check the calendar.' : note}
      />
      {offer === '' ? null : (
        <button type="button" onClick={apply}>
          {offer}
        </button>
      )}
    </div>
  );
}

/** The session the sizer assumed for slippage and margin, and the SOQ flag of the sized trade. */
function SessionAssumed() {
  const assumed = useCalendarText('sessionAssumed');
  const note = useCalendarText('sessionAssumedNote');
  return <Output id="out-sessionAssumed" label="Session assumed" value={assumed} note={note} />;
}

function SizedSoq() {
  const soq = useCalendarText('sizedSoq');
  return soq === '' ? null : (
    <p className="soq-note" role="note">
      {soq}
    </p>
  );
}

/** The trade sizer: contract, side, entry, stop, target and costs in; the position and its risk out. */
export function SizerPanel() {
  const contractOptions = useContractOptions();
  return (
    <Panel id="sizer" title="Trade sizer" className="panel--sizer">
      <div className="sizer">
        <div className="sizer__key" aria-label="Size at a glance" role="group">
          <OutputField outputKey="contracts" label="Contracts" noteKey="sizingNote" emphasis />
          <OutputField outputKey="totalRisk" label="Total risk" />
          <OutputField outputKey="stopAt" label="Stop at" />
        </div>
        <div className="sizer__inputs">
          <div className="row">
            <SelectInput inputKey="symbol" label="Contract" options={contractOptions} />
            <RadioInput inputKey="side" legend="Side" options={SIDE_OPTIONS} />
          </div>
          <InputField inputKey="entry" label="Entry price" />
          <RadioInput inputKey="stopMethod" legend="Stop method" options={STOP_METHOD_OPTIONS} />
          <div className="row">
            <InputField inputKey="stopPrice" label="Stop price" />
            <InputField inputKey="stopTicks" label="Stop distance (ticks)" />
          </div>
          <div className="row">
            <InputField inputKey="atr" label="ATR" unit="pts" />
            <InputField inputKey="atrMultiplier" label="ATR multiplier" unit="×" />
          </div>
          <div className="row">
            <InputField inputKey="target" label="Target price" hint="Optional" />
            <InputField inputKey="slippageTicks" label="Slippage (ticks)" hint="On the stop fill" />
          </div>
          <div className="row">
            <CheckboxInput
              inputKey="mix"
              label="Mix minis and micros"
              hint="Best mini + micro pair of the family"
            />
            <SelectInput inputKey="marginBasis" label="Margin basis" options={MARGIN_BASIS_OPTIONS} />
          </div>
          <div className="row">
            <InputField
              inputKey="holdingDays"
              label="Holding days"
              hint="Calendar days held after entry; 0 = day trade"
            />
            <InputField inputKey="eventAtrMultiplier" label="Event ATR multiplier" unit="×" />
          </div>
          <HoldingCheck />
          <div className="row">
            <InputField
              inputKey="plannedEntryTime"
              label="Planned entry time"
              unit="CT"
              signed
              hint="Optional, HH:MM Chicago time; empty = now"
            />
            <SessionAssumed />
          </div>
        </div>
        <div className="sizer__outputs">
          <div className="figures">
            <OutputField outputKey="riskPerContract" label="Risk per contract" />
            <OutputField outputKey="bindingLimit" label="Binding limit" />
            <OutputField outputKey="targetAt" label="Target at" />
            <OutputField outputKey="rewardToRisk" label="Reward to risk" />
            <OutputField outputKey="netRewardToRisk" label="R:R after costs" />
            <OutputField outputKey="notional" label="Notional" />
            <OutputField outputKey="marginRequired" label="Margin required" />
            <OutputField outputKey="accountLeverage" label="Account leverage" />
            <OutputField outputKey="marginLeverage" label="Margin leverage" />
            <OutputField outputKey="frontMonth" label="Front month" />
            <OutputField outputKey="lastTradingDay" label="Last trading day" noteKey="expiryNote" />
            <OutputField outputKey="rollDate" label="Roll date" />
          </div>
          <SizedSoq />
          <AddToBook />
          <Ladder />
        </div>
      </div>
    </Panel>
  );
}
