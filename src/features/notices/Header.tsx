import { useState } from 'react';
import { useDesk } from '../../store/deskStore';
import { encodeShareLink } from '../../store/shareLink';
import { HeaderTitle } from '../../components/HeaderTitle';
import { SavedCopies } from './SavedCopies';

/** Title, share link, and the notices about saved state (set-aside saves, share links, storage refusals). */
export function Header() {
  const notices = useDesk((s) => s.notices);
  const dismiss = useDesk((s) => s.dismissNotice);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const share = async () => {
    const { origin, pathname, search, hash } = window.location;
    // The link opens on the section shown now (`#/spread?z=…`).
    const url = `${origin}${pathname}${search}${await encodeShareLink(useDesk.getState(), hash)}`;
    setLink(url);
    setCopied(false);
    // The clipboard API exists only in secure contexts (https, localhost); elsewhere the link is shown to copy.
    if (!window.isSecureContext) return;
    navigator.clipboard.writeText(url).then(
      () => {
        setCopied(true);
      },
      () => {
        setCopied(false);
      },
    );
  };

  return (
    <header className="header">
      <HeaderTitle />
      <div className="header__share">
        <button type="button" onClick={() => void share()}>
          Copy share link
        </button>
        {link === null ? null : (
          <div className="field">
            <label htmlFor="share-link">Share link{copied ? ' (copied)' : ''}</label>
            <input
              id="share-link"
              type="text"
              readOnly
              value={link}
              onFocus={(event) => {
                event.target.select();
              }}
            />
          </div>
        )}
      </div>
      {notices.length === 0 ? null : (
        <ul className="notices" aria-label="Notices" aria-live="polite">
          {notices.map((notice) => (
            <li key={notice.id} className="notice">
              <span>{notice.text}</span>
              {(notice.actions ?? []).map((action) => (
                <button
                  key={action.label}
                  type="button"
                  onClick={() => {
                    if (action.run()) dismiss(notice.id);
                  }}
                >
                  {action.label}
                </button>
              ))}
              <button
                type="button"
                aria-label="Dismiss notice"
                onClick={() => {
                  dismiss(notice.id);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <SavedCopies />
    </header>
  );
}
