// The few server settings the auth-flow inspector shows to the learner. Rendered into the
// page by its server component, so the page always tells the truth about this server.
export type InspectorConfig = {
  accessTtlSeconds: number;
  reuseGraceSeconds: number;
  /** DEMO_TOOLS: whether POST /api/v1/demo/expire-access-token exists on this server. */
  demoTools: boolean;
};

/**
 * How long ago the demo tools' expired access token ran out: well past the verifier's
 * 1-second clock tolerance, so the server reliably answers `token_expired`, yet recent
 * enough to read as "it just ran out" in the inspector.
 */
export const EXPIRED_SECONDS_AGO = 10;
