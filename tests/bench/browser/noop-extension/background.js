// Does nothing: an extension service worker with no listeners.
