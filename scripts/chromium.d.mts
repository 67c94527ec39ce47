export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function ensureChromium(log?: (message: string) => void): string;
