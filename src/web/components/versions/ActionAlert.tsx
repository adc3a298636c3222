// An action's failure next to the form that caused it: our words first, then the
// server's (in English), and focus moved here so keyboard and screen reader users hear it.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

type Props = {
  id?: string;
  title: string;
  /** The server's message, or null when our own words say it all. */
  serverMessage: string | null;
  serverSaid: string;
  children?: ReactNode;
};

export function ActionAlert({ id, title, serverMessage, serverSaid, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title, serverMessage]);
  return (
    <div ref={ref} id={id} role="alert" tabIndex={-1} className="alert alert-error action-alert">
      <p className="action-alert-title">{title}</p>
      {children}
      {serverMessage !== null && (
        <p>
          {serverSaid} <span lang="en">{serverMessage}</span>
        </p>
      )}
    </div>
  );
}

/** The message of an error thrown by api.get / api.send. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
