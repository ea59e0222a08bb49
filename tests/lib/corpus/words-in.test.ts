import { describe, expect, it } from 'vitest';
import {
  eventLabelIn,
  eventTitleIn,
  themeDescriptionIn,
  themeLabelIn,
} from '@/lib/corpus/words-in';

const theme = {
  label: 'Taiwan Strait',
  labelJa: '台湾海峡',
  description: 'Peace and stability across the strait.',
  descriptionJa: '海峡の平和と安定。',
};

describe('words-in', () => {
  it('themeLabelIn() gives labelJa on a Japanese page and the label on an English one', () => {
    expect(themeLabelIn(theme, 'ja')).toEqual({ text: '台湾海峡', lang: 'ja' });
    expect(themeLabelIn(theme, 'en')).toEqual({ text: 'Taiwan Strait', lang: 'en' });
  });

  it('themeDescriptionIn() gives descriptionJa on a Japanese page', () => {
    expect(themeDescriptionIn(theme, 'ja')).toEqual({ text: '海峡の平和と安定。', lang: 'ja' });
  });

  it('eventTitleIn() falls back to the English title, marked en, where titleJa is absent', () => {
    expect(eventTitleIn({ title: 'Meeting' }, 'ja')).toEqual({ text: 'Meeting', lang: 'en' });
    expect(eventTitleIn({ title: 'Meeting', titleJa: '会談' }, 'ja')).toEqual({
      text: '会談',
      lang: 'ja',
    });
  });

  it('eventLabelIn() gives labelJa on a Japanese page only', () => {
    const event = { label: 'Kishi-Austin', labelJa: '岸・オースティン会談' };
    expect(eventLabelIn(event, 'ja').text).toBe('岸・オースティン会談');
    expect(eventLabelIn(event, 'en').text).toBe('Kishi-Austin');
  });
});
