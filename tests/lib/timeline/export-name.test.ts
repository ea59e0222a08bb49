import { describe, expect, it } from 'vitest';
import { createDownloadName, createExportName } from '@/lib/timeline/export-name';

const window: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2024, 0, 1)];

describe('createExportName()', () => {
  it('names the window’s first and last days', () => {
    expect(createExportName(window, [])).toBe('alliance-timeline_2021-01-01_2023-12-31');
  });

  it('adds the theme filter where there is one', () => {
    expect(createExportName(window, ['okinawa', 'senkaku'])).toBe(
      'alliance-timeline_2021-01-01_2023-12-31_themes-okinawa-senkaku',
    );
  });
});

describe('createDownloadName()', () => {
  it('adds the day the file is made and the extension', () => {
    expect(createDownloadName('alliance-timeline_x', Date.UTC(2025, 2, 9, 23, 59), 'svg')).toBe(
      'alliance-timeline_x_2025-03-09.svg',
    );
  });
});
