"""The facades the GUI (and the command line) call: one small class per capability, each
implementing its Protocol in ``services.api``. A facade opens a unit of work on the session's
store, names the actor, and calls the use cases with the shared ``Deps``; it holds no rules.
``ppt_desk.bootstrap`` composes them into a ``Backend``."""
