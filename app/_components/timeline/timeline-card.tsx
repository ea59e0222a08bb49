import type { EventCard } from '@/lib/timeline/create-event-card';
import { fillIn } from '@/lib/text/fill-in';
import type { TimelineWords } from '@/lib/timeline/timeline-words';

/** The themes a card names before it counts the rest: it stays small over the timeline. */
const SHOWN_THEMES = 6;

interface TimelineCardProps {
  /** The element id the hovered or focused mark's `aria-describedby` names. */
  id: string;
  card: EventCard;
  left: number;
  top: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  words: Pick<TimelineWords, 'cardThemes' | 'moreThemes'>;
  /** `en` where the title is shown in English on a Japanese page (nameLangOf). */
  titleLang?: 'en';
}

/**
 * A small card on a mark: date (and the day in Japan where it differs), title, participants and
 * themes, without opening the event panel. A tooltip: it takes no focus, and Escape closes it.
 */
export function TimelineCard({
  id,
  card,
  left,
  top,
  onPointerEnter,
  onPointerLeave,
  words,
  titleLang,
}: TimelineCardProps) {
  return (
    <div
      id={id}
      role="tooltip"
      className="timeline-card"
      style={{ left, top }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <p className="timeline-card-date">
        <time>{card.date}</time>
        {card.japanDate && <span> · {card.japanDate}</span>}
      </p>
      <p className="timeline-card-title" lang={titleLang}>
        {card.title}
      </p>
      {card.participants && <p className="timeline-card-people">{card.participants}</p>}
      {card.themes.length > 0 && (
        <ul className="timeline-card-themes" aria-label={words.cardThemes}>
          {card.themes.slice(0, SHOWN_THEMES).map((theme) => (
            <li key={theme.id} style={{ borderColor: theme.color }}>
              {theme.label}
            </li>
          ))}
          {card.themes.length > SHOWN_THEMES && (
            <li className="timeline-card-more">
              {fillIn(words.moreThemes, { count: card.themes.length - SHOWN_THEMES })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
