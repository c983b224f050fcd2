from .jobs import Backoff, JobState, Priority, schedule

__all__ = ["Backoff", "JobState", "Priority", "schedule"]
