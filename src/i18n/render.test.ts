import { describe, expect, it } from 'vitest';
import { languageOf, render } from './render.ts';

describe('render', () => {
  it('writes a message in the language asked for, from its parameters', () => {
    expect(render('en', 'request.noRoute', { method: 'GET', path: '/x' })).toBe('no route GET /x');
    expect(render('sv', 'request.noRoute', { method: 'GET', path: '/x' })).toBe(
      'Det finns ingen adress GET /x.',
    );
  });

  it('gives an unknown code back as it is', () => {
    expect(render('sv', 'no.such.code')).toBe('no.such.code');
  });

  it('picks the language from Accept-Language or LANG', () => {
    expect(languageOf('sv-SE,sv;q=0.9,en;q=0.5', 'en')).toBe('sv');
    expect(languageOf('sv_SE.UTF-8', 'en')).toBe('sv');
    expect(languageOf('en-GB', 'sv')).toBe('en');
    expect(languageOf('de-DE', 'sv')).toBe('sv');
    expect(languageOf(undefined, 'en')).toBe('en');
  });
});
