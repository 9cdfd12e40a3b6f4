const encoder = new TextEncoder();

type BlobPart = string | ArrayBuffer | ArrayBufferView;

/**
 * The Blob the scan worker's bundle gives postal-mime, which joins every decoded body part through one. Node's own Blob
 * copies each part into native memory and reads it back asynchronously: on real mail a tenth of a worker's time and
 * much of its garbage. This one joins the parts in place; postal-mime only builds one and asks for its bytes.
 */
export class JoinedBlob {
  private readonly parts: Uint8Array[];
  readonly size: number;
  readonly type: string;

  constructor(parts: readonly BlobPart[] = [], options: { type?: string } = {}) {
    this.parts = parts.map((part) =>
      typeof part === 'string' ? encoder.encode(part) : ArrayBuffer.isView(part) ? new Uint8Array(part.buffer, part.byteOffset, part.byteLength) : new Uint8Array(part),
    );
    this.size = this.parts.reduce((total, part) => total + part.byteLength, 0);
    this.type = options.type ?? '';
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const joined = new Uint8Array(this.size);
    let at = 0;
    for (const part of this.parts) {
      joined.set(part, at);
      at += part.byteLength;
    }
    return joined.buffer;
  }
}
