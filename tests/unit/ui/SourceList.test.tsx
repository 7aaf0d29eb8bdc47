import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../../src/ui/components/SourceList';

afterEach(cleanup);

describe('source list', () => {
  it('shows citation, year, kind and links that open safely in a new tab', () => {
    render(
      <SourceList
        sources={[
          { id: 'X1', citation: 'Fixture citation one', year: 2020, kind: 'rct', doi: '10.5555/x1', url: 'https://doi.org/10.5555/x1' },
          { id: 'X2', citation: 'Fixture citation two', year: 2018, kind: 'news', url: 'https://www.news.example/story' },
        ]}
      />,
    );
    expect(screen.getByText('Fixture citation one')).toBeTruthy();
    expect(screen.getByText('Randomised controlled trial')).toBeTruthy();
    const links = screen.getAllByRole('link');
    // The first source's URL only repeats its DOI, so it is listed once.
    expect(links.map((link) => link.textContent)).toEqual(['doi:10.5555/x1', 'news.example']);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });
});
