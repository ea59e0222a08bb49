import type { EventCard } from '@/lib/timeline/create-event-card';

interface TimelineCardProps {
  /** The element id the hovered or focused mark's `aria-describedby` names. */
  id: string;
  card: EventCard;
  left: number;
  top: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
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
      <p className="timeline-card-title">{card.title}</p>
      {card.participants && <p className="timeline-card-people">{card.participants}</p>}
      {card.themes.length > 0 && (
        <ul className="timeline-card-themes" aria-label="Themes">
          {card.themes.map((theme) => (
            <li key={theme.id} style={{ borderColor: theme.color }}>
              {theme.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
