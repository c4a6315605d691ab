export function App() {
  return (
    <main>
      <h1>RiskDesk</h1>
    </main>
  );
}
