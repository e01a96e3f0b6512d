const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** Order ids are long; the end is what differs between two orders, so that is what people see. */
export function orderNumber(id: string): string {
  return `#${id.slice(-8).toUpperCase()}`;
}
