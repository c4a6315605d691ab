import { memo } from 'react';
import type { LadderRungView } from '../core';

/**
 * A vertical price scale with the trade's prices on it: each rung placed by its price, its dollar amount
 * beside it. An ordered list (highest price first), so it reads the same without the picture.
 */
export const PriceLadder = memo(function PriceLadder({ rungs }: { rungs: readonly LadderRungView[] }) {
  return (
    <figure className="ladder" aria-labelledby="ladder-caption">
      <figcaption id="ladder-caption">Price ladder</figcaption>
      <ol className="ladder__scale">
        {rungs.map((rung) => (
          <li
            key={rung.kind}
            className={`ladder__rung ladder__rung--${rung.kind}`}
            style={{ top: `${(rung.position * 100).toFixed(2)}%` }}
          >
            <span className="ladder__label">{rung.label}</span>
            <span className="ladder__price">{rung.price}</span>
            <span className="ladder__amount">{rung.amount}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
});
