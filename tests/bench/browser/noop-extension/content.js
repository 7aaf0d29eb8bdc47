// Does nothing: the fixed cost of any extension with a content script on every page.
