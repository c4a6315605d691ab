import { useCallback, useEffect, useRef, useState } from 'react';

/** A short confirmation message that clears itself after a few seconds. */
export function useFlash(durationMs = 4000): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const flash = useCallback(
    (next: string) => {
      if (timer.current !== null) clearTimeout(timer.current);
      setMessage(next);
      timer.current = setTimeout(() => {
        setMessage('');
      }, durationMs);
    },
    [durationMs],
  );
  return [message, flash];
}
