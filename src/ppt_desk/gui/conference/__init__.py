"""Case conferences (issue 12): the presenter's side (planning, the conference view, the
action items) and the audience window on the projector."""
