/** A config that cannot be found, loaded or validated; the message names the file and the field. */
export class ConfigError extends Error {}
