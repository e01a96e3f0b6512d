/** Where the auth-flow inspector lives (app/how-sign-in-works/page.tsx). */
export const INSPECTOR_PATH = "/how-sign-in-works";
