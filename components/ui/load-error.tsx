import { Alert } from "./alert";
import { Button } from "./button";
import { errorMessage } from "./error-message";

/** A failed load, in words, with a way to try again. */
export function LoadError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <Alert tone="error" title={title}>
      <p>{typeof error === "string" ? error : errorMessage(error)}</p>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
