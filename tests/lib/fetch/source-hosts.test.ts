import { describe, expect, it } from 'vitest';
import { isAllowedHost, publisherOfHost, sourceHostsOf } from '@/lib/fetch/source-hosts';

describe('sourceHostsOf()', () => {
  it('adds the hosts of ALLIANCE_TIMELINE_SOURCE_HOSTS to the official ones', () => {
    const hosts = sourceHostsOf({
      ALLIANCE_TIMELINE_SOURCE_HOSTS: ' Archive.Example.org, *.go.example ,',
    });
    expect(hosts).toContain('mod.go.jp');
    expect(hosts.slice(-2)).toEqual(['archive.example.org', 'go.example']);
  });
});

describe('isAllowedHost()', () => {
  const hosts = sourceHostsOf({});

  it('allows a listed host and its subdomains', () => {
    for (const host of ['mod.go.jp', 'www.mod.go.jp', 'japan.kantei.go.jp', 'JP.USEMBASSY.GOV.'])
      expect(isAllowedHost(host, hosts)).toBe(true);
  });

  it('refuses a host that only ends with a listed name', () => {
    for (const host of ['evilmod.go.jp', 'mod.go.jp.example.com', 'example.com'])
      expect(isAllowedHost(host, hosts)).toBe(false);
  });
});

describe('publisherOfHost()', () => {
  it('names the publisher of an official host, and none for another', () => {
    expect(publisherOfHost('www.mofa.go.jp')).toBe('Ministry of Foreign Affairs of Japan');
    expect(publisherOfHost('archive.example.org')).toBeNull();
  });
});
