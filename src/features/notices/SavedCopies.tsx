import type { CopyKind } from '../../store/persistence';
import { useDesk } from '../../store/deskStore';

const KIND_WORDS: Readonly<Record<CopyKind, string>> = {
  'before-link': 'Inputs before a share link',
  damaged: 'Damaged save',
  newer: 'Save from a newer RiskDesk',
  'unknown-fields': 'Entries not recognised',
};

/** The set-aside copies of saved inputs: each can be restored (when readable), downloaded or deleted. */
export function SavedCopies() {
  const copies = useDesk((s) => s.savedCopies);
  const actions = useDesk((s) => s.copyActions);
  const dismiss = useDesk((s) => s.dismissNotice);
  if (copies.length === 0 || actions === null) return null;
  return (
    <section className="saved-copies" aria-labelledby="saved-copies-title">
      <h2 id="saved-copies-title">Saved copies</h2>
      <ul>
        {copies.map((copy) => {
          const name = `${KIND_WORDS[copy.kind]}, ${copy.stamp}`;
          return (
            <li key={copy.key}>
              <span>
                {name} ({copy.bytes.toLocaleString('en-US')} bytes)
              </span>
              {copy.restorable ? (
                <button
                  type="button"
                  aria-label={`Restore: ${name}`}
                  onClick={() => {
                    if (actions.restore(copy.key)) dismiss('share-link');
                  }}
                >
                  Restore
                </button>
              ) : null}
              <button
                type="button"
                aria-label={`Download: ${name}`}
                onClick={() => {
                  actions.download(copy.key);
                }}
              >
                Download
              </button>
              <button
                type="button"
                aria-label={`Delete: ${name}`}
                onClick={() => {
                  actions.remove(copy.key);
                }}
              >
                Delete
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
