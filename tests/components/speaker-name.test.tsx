// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpeakerName } from '@/app/_components/speaker-name';

describe('SpeakerName()', () => {
  it('writes the side beside a person’s name, so that it reads without colour and aloud', () => {
    const { container } = render(
      <SpeakerName speaker={{ name: 'Austin', side: 'us', sideLabel: 'U.S.', named: true }} />,
    );
    const speaker = container.querySelector('[data-side="us"]')!;
    expect(speaker.textContent).toBe('Austin, U.S.');
  });

  it('writes the side once where no one is named, and no side beside “Both ministers”', () => {
    const side = render(
      <SpeakerName speaker={{ name: 'Japan', side: 'japan', sideLabel: 'Japan', named: false }} />,
    );
    expect(side.container.textContent).toBe('Japan');
    const joint = render(
      <SpeakerName
        speaker={{ name: 'Both ministers', side: 'joint', sideLabel: 'Joint', named: true }}
      />,
    );
    expect(joint.container.textContent).toBe('Both ministers');
  });
});
