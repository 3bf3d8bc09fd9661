// The Subresource Integrity value of a file's text, as Trunk writes it: `sha384-<base64>`.
import { createHash } from 'node:crypto';

export const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
