import { describe, expect, it } from 'vitest';
import { createTextStream } from '@/lib/http/create-text-stream';

describe('createTextStream()', () => {
  it('streams the parts as UTF-8, in order, in chunks', async () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `${i} – ${'x'.repeat(40)}\n`);
    const response = new Response(createTextStream(parts));
    expect(await response.text()).toBe(parts.join(''));
  });

  it('streams nothing for no parts', async () => {
    expect(await new Response(createTextStream([])).text()).toBe('');
  });
});
