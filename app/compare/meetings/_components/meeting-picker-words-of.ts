import { getTranslations } from 'next-intl/server';
import type { MeetingPickerWords } from './meeting-picker';

/** The meeting picker's words in the page's language, for a list of `count` meetings. */
export async function meetingPickerWordsOf(count: number): Promise<MeetingPickerWords> {
  const t = await getTranslations('meetingPicker');
  return {
    find: t('find'),
    placeholder: t('placeholder'),
    all: t('all', { count }),
    // The client puts the count shown in place of `{shown}` as the person types.
    some: t('some', { count, shown: '{shown}' }),
  };
}
