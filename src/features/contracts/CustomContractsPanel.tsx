import { memo, useCallback, useMemo } from 'react';
import type { CustomProductField } from '../../core';
import { NumberField } from '../../components/NumberField';
import { Panel } from '../../components/Panel';
import { TextField } from '../../components/TextField';
import { useDesk } from '../../store/deskStore';
import { MAX_CUSTOM_PRODUCTS } from '../../store/persistence';
import {
  useCustomProductError,
  useCustomProductIds,
  useCustomProductNote,
  useCustomProductText,
} from '../../store/selectors';
import { useRowFocus } from '../useRowFocus';

/** The DOM id of a custom contract's field. */
function fieldId(id: string, field: CustomProductField): string {
  return `custom-${id}-${field}`;
}

/** The first field of a row, which takes the focus when the row takes a removed row's place. */
function symbolFieldId(id: string): string {
  return fieldId(id, 'symbol');
}

interface FieldSpec {
  readonly field: CustomProductField;
  readonly label: string;
  readonly kind: 'text' | 'number';
  readonly unit?: string;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly maxLength?: number;
}

/** The fields of a definition, in the order core checks them (customProduct.ts). */
const FIELDS: readonly FieldSpec[] = [
  { field: 'symbol', label: 'Symbol', kind: 'text', placeholder: 'e.g. MBT', maxLength: 8 },
  { field: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Micro Bitcoin', maxLength: 60 },
  { field: 'pointValue', label: 'Point value', kind: 'number', unit: 'USD', hint: '$ per 1.00 price move' },
  { field: 'tick', label: 'Tick', kind: 'number', hint: 'Minimum price step' },
  { field: 'pairsWith', label: 'Pairs with', kind: 'text', placeholder: 'Optional, e.g. SI', maxLength: 8 },
  { field: 'ratio', label: 'Ratio', kind: 'number', hint: 'Micros per standard' },
  { field: 'initial', label: 'Initial margin', kind: 'number', unit: 'USD', hint: 'Optional' },
  { field: 'maintenance', label: 'Maintenance margin', kind: 'number', unit: 'USD', hint: 'Optional' },
  { field: 'dayTrade', label: 'Day-trade margin', kind: 'number', unit: 'USD', hint: 'Optional' },
  { field: 'commission', label: 'Commission per side', kind: 'number', unit: 'USD', hint: '0 if none' },
];

/** One field of a custom contract, reading its own text and message. */
function DefinitionField({ id, spec, rowName }: { id: string; spec: FieldSpec; rowName: string }) {
  const { field } = spec;
  const value = useCustomProductText(id, field);
  const error = useCustomProductError(id, field);
  const update = useDesk((s) => s.updateCustomProduct);
  const onChange = useCallback(
    (text: string) => {
      update(id, field, text);
    },
    [update, id, field],
  );
  const common = {
    id: fieldId(id, field),
    label: spec.label,
    labelDetail: ` (${rowName})`,
    value,
    onChange,
    error,
    placeholder: spec.placeholder,
  };
  return spec.kind === 'text' ? (
    <TextField {...common} maxLength={spec.maxLength} />
  ) : (
    <NumberField {...common} unit={spec.unit} hint={spec.hint} />
  );
}

/** One custom contract: its fields, what it is usable as once accepted, and its Remove button. */
const CustomContractEditor = memo(function CustomContractEditor({
  id,
  index,
  onRemove,
}: {
  id: string;
  index: number;
  onRemove: (id: string, index: number) => void;
}) {
  const note = useCustomProductNote(id);
  const rowName = `custom contract ${index + 1}`;
  return (
    <li className="custom-contract">
      <fieldset>
        <legend>Custom contract {index + 1}</legend>
        <div className="custom-contract__fields">
          {FIELDS.map((spec) => (
            <DefinitionField key={spec.field} id={id} spec={spec} rowName={rowName} />
          ))}
        </div>
        <div className="custom-contract__foot">
          {note === '' ? (
            <p className="custom-contract__note">Not usable yet: see the messages at the fields.</p>
          ) : (
            <p className="custom-contract__note custom-contract__note--ok">{note}</p>
          )}
          <button
            type="button"
            className="custom-contract__remove"
            aria-label={`Remove custom contract ${index + 1}`}
            onClick={() => {
              onRemove(id, index);
            }}
          >
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
});

/**
 * The trader's own contracts: each a symbol, a name, its point value and tick, an optional standard ↔ micro
 * pairing with its ratio, margins and a commission. An accepted one joins every contract picker; a refused
 * field says why at the field. Saved with the inputs and shared in links.
 */
export function CustomContractsPanel() {
  const ids = useCustomProductIds();
  const add = useDesk((s) => s.addCustomProduct);
  const remove = useDesk((s) => s.removeCustomProduct);
  // Rows by id only: typing into a definition re-renders that field, not the list.
  const rows = useMemo(() => ids.map((id) => ({ id })), [ids]);
  const { addButton, onRemove, focusNewRow } = useRowFocus(rows, remove, symbolFieldId);
  const full = ids.length >= MAX_CUSTOM_PRODUCTS;
  return (
    <Panel id="your-contracts" title="Your contracts" className="panel--custom-contracts">
      <p className="panel__intro">
        A contract RiskDesk does not list: a symbol (1–8 letters or digits), a name, its point value ($ per
        1.00 move) and tick. To pair it with a standard or a micro, name that contract and how many micros
        make one standard (it must equal the point values&rsquo; ratio). Custom contracts have no calendar and
        no price limits: they are stressed with custom moves only. Saved with your inputs and shared in links.
      </p>
      {ids.length === 0 ? null : (
        <ol className="custom-contracts" aria-label="Your contracts">
          {ids.map((id, index) => (
            <CustomContractEditor key={id} id={id} index={index} onRemove={onRemove} />
          ))}
        </ol>
      )}
      <div className="actions">
        <button
          type="button"
          ref={addButton}
          disabled={full}
          onClick={() => {
            focusNewRow();
            add();
          }}
        >
          Add contract
        </button>
      </div>
      {full ? (
        <p className="left-out" role="note">
          At most {MAX_CUSTOM_PRODUCTS} custom contracts: remove one to add another.
        </p>
      ) : null}
    </Panel>
  );
}
