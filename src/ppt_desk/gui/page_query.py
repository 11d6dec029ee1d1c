"""The read a page runs when it is shown, and again when the data it shows may have changed,
keeping only the newest answer.

A page asks with ``run()`` (``shown()`` the first time, which also marks it loaded so that its
``data_changed`` handler knows whether to ask again). Each answer is handed to the page's
``on_done`` only if no newer request was made meanwhile, the page was not cleared
(``forget()``, on lock) and the session is still unlocked: an answer that arrives after a newer
request, or after the lock, is dropped. An answer for a page that was deleted is dropped too
(``Operations`` checks the callback's owner, the page).
"""
from __future__ import annotations

from typing import Any, Callable

from .pages.base import BasePage


class PageQuery:
    """``PageQuery(page, backend_call, on_done, on_error, args=lambda: (...,))``: ``args`` is
    asked on the GUI thread at each request (a filter, the language)."""

    def __init__(self, page: BasePage, fn: Callable[..., Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None],
                 args: Callable[[], tuple] = tuple) -> None:
        self._page = page
        self._fn, self._on_done, self._on_error, self._args = fn, on_done, on_error, args
        self._request = 0
        self.loaded = False

    def shown(self) -> None:
        self.loaded = True
        self.run()

    def run(self) -> None:
        self._request += 1
        answer = _Answer(self, self._request)
        self._page.ctx.ops.query(self._fn, *self._args(), on_done=answer,
                                 on_error=self._on_error)

    def forget(self) -> None:
        """Lock: an answer still on its way is dropped; the page loads again when shown."""
        self._request += 1
        self.loaded = False

    def _deliver(self, request: int, result: Any) -> None:
        if request != self._request or not self._page.ctx.backend.session.is_unlocked:
            return   # a newer request was made, the page was cleared, or it is locked now
        self._on_done(result)


class _Answer:
    """The callback for one request. ``__self__`` is the page, so the operations drop it when
    the page has been deleted (the same rule as for a bound method of the page)."""

    def __init__(self, query: PageQuery, request: int) -> None:
        self.__self__ = query._page
        self._query, self._request = query, request

    def __call__(self, result: Any) -> None:
        self._query._deliver(self._request, result)
