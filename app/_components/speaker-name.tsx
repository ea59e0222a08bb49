import type { SpeakerName as Name } from '@/lib/people/speaker-name-of';
import { hasJapanese } from '@/lib/text/has-japanese';
import styles from './speaker-name.module.css';

/**
 * Who said a statement: the name ("Austin", "Both ministers") in its side's colour, with the side
 * written beside a person's name ("Austin U.S.") so that it reads without colour and aloud.
 */
export function SpeakerName({ speaker }: { speaker: Name }) {
  const { name, side, sideLabel, named } = speaker;
  return (
    <span className={`speaker ${styles.speaker}`} data-side={side}>
      {/* A name written in Latin letters (no Japanese one known) is English on a Japanese page. */}
      {named && !hasJapanese(name) ? <span lang="en">{name}</span> : name}
      {named && side !== 'joint' && (
        <span className={styles.side}>
          <span className="visually-hidden">, </span>
          {sideLabel}
        </span>
      )}
    </span>
  );
}
