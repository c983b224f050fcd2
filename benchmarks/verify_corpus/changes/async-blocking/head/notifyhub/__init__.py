"""notifyhub: notification fan-out."""
