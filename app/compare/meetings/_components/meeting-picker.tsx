'use client';

import { useId, useState } from 'react';
import { useHydrated } from '@/app/_lib/use-hydrated';
import styles from '../meetings.module.css';

/** A meeting the picker offers, with the address it opens. */
export interface MeetingChoice {
  id: string;
  title: string;
  label: string;
  /** As shown ("4 May 2022"). */
  dateLabel: string;
  href: string;
}

interface MeetingPickerProps {
  meetings: MeetingChoice[];
  /** Accessible name of the list, e.g. "Meetings to compare with". */
  label: string;
}

/**
 * Meetings as a list of links, with a box that narrows it by title, label or date once the page's
 * script runs (without it the whole list is there to follow).
 */
export function MeetingPicker({ meetings, label }: MeetingPickerProps) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const shown = meetings.filter((meeting) => isMatch(meeting, query));
  return (
    <div className={styles.picker}>
      {hydrated && (
        <p className={styles.pickerSearch}>
          <label htmlFor={inputId}>Find a meeting</label>{' '}
          <input
            id={inputId}
            type="search"
            value={query}
            placeholder="Title, label or date"
            onChange={(event) => setQuery(event.target.value)}
          />{' '}
          <span role="status" className="muted">
            {shown.length === meetings.length
              ? `${meetings.length} meetings`
              : `${shown.length} of ${meetings.length} meetings`}
          </span>
        </p>
      )}
      <ul className={styles.pickerList} aria-label={label}>
        {shown.map((meeting) => (
          <li key={meeting.id}>
            <a href={meeting.href}>
              {meeting.label}, {meeting.dateLabel}
            </a>{' '}
            <span className="muted">{meeting.title}</span>
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
