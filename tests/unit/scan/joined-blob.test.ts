import { describe, expect, it } from 'vitest';
import { JoinedBlob } from '../../../lib/scan/joined-blob';

describe('JoinedBlob (what the scan worker gives postal-mime)', () => {
  it('joins strings, typed arrays, views into larger buffers and array buffers to the same bytes as Node’s Blob', async () => {
    const wide = new TextEncoder().encode('xx-body line-xx');
    const parts = ['Grüße\n', new Uint8Array([0, 255, 10]), wide.subarray(3, 12), new Uint8Array([7, 8]).buffer, new DataView(wide.buffer, 0, 2)];
    const joined = new JoinedBlob(parts, { type: 'application/octet-stream' });
    const native = new Blob(parts, { type: 'application/octet-stream' });
    expect(new Uint8Array(await joined.arrayBuffer())).toEqual(new Uint8Array(await native.arrayBuffer()));
    expect(joined.size).toBe(native.size);
    expect(joined.type).toBe('application/octet-stream');
  });

  it('is empty without parts', async () => {
    const joined = new JoinedBlob();
    expect(joined.size).toBe(0);
    expect((await joined.arrayBuffer()).byteLength).toBe(0);
  });
});
