'use client';

import { useId, useState } from 'react';
import { useHydrated } from '@/app/_lib/use-hydrated';
import styles from '../meetings.module.css';

/** A meeting the picker offers, with the address it opens. */
export interface MeetingChoice {
  id: string;
  title: string;
  label: string;
  /** The language of `title` and `label` ("en" where the page's language has none). */
  lang: string;
  /** As shown ("4 May 2022", "2022年5月4日"). */
  dateLabel: string;
  href: string;
}

interface MeetingPickerProps {
  meetings: MeetingChoice[];
  /** Accessible name of the list, e.g. "Meetings to compare with". */
  label: string;
  /** The box's words in the page's language; English by default. */
  words?: MeetingPickerWords;
}

/** The picker's words. `some` holds `{shown}` where the count of meetings shown goes. */
export interface MeetingPickerWords {
  find: string;
  placeholder: string;
  /** "30 meetings": every meeting is shown. */
  all: string;
  /** "{shown} of 30 meetings". */
  some: string;
}

function englishWords(count: number): MeetingPickerWords {
  return {
    find: 'Find a meeting',
    placeholder: 'Title, label or date',
    all: `${count} meetings`,
    some: `{shown} of ${count} meetings`,
  };
}

/**
 * Meetings as a list of links, with a box that narrows it by title, label or date once the page's
 * script runs (without it the whole list is there to follow).
 */
export function MeetingPicker({ meetings, label, words }: MeetingPickerProps) {
  const text = words ?? englishWords(meetings.length);
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const shown = meetings.filter((meeting) => isMatch(meeting, query));
  return (
    <div className={styles.picker}>
      {hydrated && (
        <p className={styles.pickerSearch}>
          <label htmlFor={inputId}>{text.find}</label>{' '}
          <input
            id={inputId}
            type="search"
            value={query}
            placeholder={text.placeholder}
            onChange={(event) => setQuery(event.target.value)}
          />{' '}
          <span role="status" className="muted">
            {shown.length === meetings.length
              ? text.all
              : text.some.replace('{shown}', String(shown.length))}
          </span>
        </p>
      )}
      <ul className={styles.pickerList} aria-label={label}>
        {shown.map((meeting) => (
          <li key={meeting.id}>
            <a href={meeting.href}>
              <span lang={meeting.lang}>{meeting.label}</span>
              {meeting.lang === 'ja' ? '（' : ', '}
              {meeting.dateLabel}
              {meeting.lang === 'ja' ? '）' : ''}
            </a>{' '}
            <span className="muted" lang={meeting.lang}>
              {meeting.title}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function isMatch(meeting: MeetingChoice, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${meeting.label} ${meeting.title} ${meeting.dateLabel}`.toLowerCase();
  return words.every((word) => text.includes(word));
}
