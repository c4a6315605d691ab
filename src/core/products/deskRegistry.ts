/**
 * The desk's registry: the built-in products plus the trader's custom contracts, as typed rows. Each row is
 * parsed against the built-ins and the rows accepted before it (so a custom micro may pair with a custom
 * standard defined above it); a refused row keeps its messages, field by field, and every other row still
 * counts. Never throws.
 */
import { memoizeLast } from '../memo';
import {
  parseCustomProduct,
  type CustomProductCosts,
  type CustomProductErrors,
  type CustomProductTexts,
} from './customProduct';
import { buildRegistry, type ProductRegistry, type ProductSpec } from './registry';

/** A custom contract as the trader typed it, with a stable row id. */
export interface CustomProductRow extends CustomProductTexts {
  readonly id: string;
}

export interface DeskRegistry {
  /** The built-ins, then the accepted custom products in row order. */
  readonly registry: ProductRegistry;
  /** Margins and commission of each accepted custom product, by symbol. */
  readonly customCosts: ReadonlyMap<string, CustomProductCosts>;
  /** The messages of each refused row, by row id (only rows with at least one message). */
  readonly rowErrors: ReadonlyMap<string, CustomProductErrors>;
}

function build(rows: readonly CustomProductRow[]): DeskRegistry {
  const accepted: ProductSpec[] = [];
  const customCosts = new Map<string, CustomProductCosts>();
  const rowErrors = new Map<string, CustomProductErrors>();
  for (const row of rows) {
    const parsed = parseCustomProduct(row, buildRegistry(accepted).registry);
    if (parsed.status === 'error') {
      rowErrors.set(row.id, parsed.errors);
    } else {
      accepted.push(parsed.product.spec);
      customCosts.set(parsed.product.spec.symbol, parsed.product.costs);
    }
  }
  return { registry: buildRegistry(accepted).registry, customCosts, rowErrors };
}

/** The registry for these rows (memoised on the rows array: an unchanged list returns the same object). */
export const deskRegistry: (rows: readonly CustomProductRow[]) => DeskRegistry = memoizeLast(build);

/** The registry with no custom products. */
export const BUILT_IN_DESK_REGISTRY: DeskRegistry = build([]);
