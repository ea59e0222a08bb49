// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { SWRConfig } from 'swr';
import { createTranslator } from 'next-intl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventWords, type Translate } from '@/app/_components/create-event-words';
import { EventPanel } from '@/app/_components/event-panel';
import type { EventDetail, ThemeLabel } from '@/lib/types';
import ja from '@/messages/ja.json';

const THEMES: ThemeLabel[] = [
  { id: 'senkaku', label: 'Senkaku Islands', labelJa: '尖閣諸島', color: '#c64f3b' },
  { id: 'okinawa', label: 'Okinawa', color: '#555555' },
];

const CALL: EventDetail = {
  id: '2025-01-31-telecon',
  title: 'A telephone call',
  titleJa: '日米防衛相電話会談',
  label: 'Nakatani-Hegseth call',
  labelJa: '中谷・ヘグセス電話会談',
  kind: 'telecon',
  date: '2025-01-31',
  format: 'phone',
  participants: [
    { name: 'Nakatani Gen', role: 'Minister of Defense', country: 'japan' },
    { name: 'Pete Hegseth', role: 'Secretary of Defense', country: 'us' },
  ],
  themes: ['senkaku', 'okinawa'],
  provenance: 'summary',
  sources: [
    {
      publisher: 'A Paper',
      title: 'Ministers talk',
      url: 'https://example.com/a',
      language: 'en',
      kind: 'news',
    },
  ],
  statementCount: 1,
  sections: [],
  statements: [
    {
      id: '2025-01-31-telecon-s1',
      section: 'Regional affairs',
      paragraph: 0,
      text: 'The Ministers reaffirmed that the treaty applies to the Senkaku Islands.',
      themes: ['senkaku'],
      speaker: 'joint',
      references: [],
    },
  ],
};

const JAPANESE = createEventWords(
  createTranslator({ locale: 'ja', messages: ja }) as unknown as Translate,
  'ja',
  [
    {
      name: 'Nakatani Gen',
      surname: 'Nakatani',
      country: 'japan',
      nameJa: '中谷元',
      surnameJa: '中谷',
    },
  ],
);

function renderPanel(words?: typeof JAPANESE) {
  return render(
    <EventPanel
      id={CALL.id}
      initial={CALL}
      themes={THEMES}
      describe={() => undefined}
      onSelect={() => {}}
      onClose={() => {}}
      words={words}
    />,
  );
}

describe('EventPanel()', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ event: CALL })));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the event in English by default', () => {
    renderPanel();
    const panel = screen.getByRole('complementary', { name: 'Selected event' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('A telephone call');
    expect(within(panel).getByText('Telephone call · Nakatani-Hegseth call')).toBeTruthy();
    expect(
      within(panel).getByRole('link', { name: 'Open the full page' }).getAttribute('href'),
    ).toBe('/events/2025-01-31-telecon');
    expect(within(panel).getByRole('list', { name: 'Themes' }).textContent).toBe(
      'Senkaku IslandsOkinawa',
    );
  });

  it('shows it in Japanese with the words it is given, and links to the Japanese pages', () => {
    renderPanel(JAPANESE);
    const panel = screen.getByRole('complementary', { name: '選択した会談' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('日米防衛相電話会談');
    expect(within(panel).getByText('電話会談 · 中谷・ヘグセス電話会談')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: '個別ページを開く' }).getAttribute('href')).toBe(
      '/ja/events/2025-01-31-telecon',
    );
    const themes = within(panel).getByRole('list', { name: 'テーマ' });
    expect(themes.textContent).toBe('尖閣諸島Okinawa');
    expect(within(themes).getByText('Okinawa').getAttribute('lang')).toBe('en');
    expect(within(panel).getByRole('list', { name: '出典一覧' }).textContent).toContain('（報道）');
    expect(within(panel).getByText('報道のみ')).toBeTruthy();
    expect(within(panel).getByText('両大臣')).toBeTruthy();
    expect(within(panel).getByText('2025年1月31日')).toBeTruthy();
  });

  it('asks the API for an event the page was not served with, and not for the one it was', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ event: { ...CALL, id: '2025-02-07-summit' } }));
    });
    const panel = (id: string) => (
      <SWRConfig value={{ provider: () => new Map() }}>
        <EventPanel
          id={id}
          initial={CALL}
          themes={THEMES}
          describe={() => undefined}
          onSelect={() => {}}
          onClose={() => {}}
        />
      </SWRConfig>
    );
    const { container, rerender } = render(panel(CALL.id));
    expect(within(container).getByRole('heading', { level: 2 }).textContent).toBe(
      'A telephone call',
    );
    // SWR revalidates data it already has at the next animation frame: let a few frames pass.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(asked).toEqual([]);
    rerender(panel('2025-02-07-summit'));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toContain('/api/events/2025-02-07-summit');
  });
});
