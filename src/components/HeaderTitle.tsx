/** The page's title and what RiskDesk is, in one line. */
export function HeaderTitle() {
  return (
    <div className="header__title">
      <h1>RiskDesk</h1>
      <p>Position sizing and risk for futures traders. Runs in your browser; nothing leaves this page.</p>
    </div>
  );
}
