import datetime

from django.db import models
from django.utils import timezone


class Question(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    question_text = models.CharField(max_length=300)
    pub_date = models.DateTimeField("date published", db_index=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)

    def __str__(self) -> str:
        return self.question_text

    def was_published_recently(self) -> bool:
        now = timezone.now()
        return now - datetime.timedelta(days=1) <= self.pub_date <= now


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    choice_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)

    def __str__(self) -> str:
        return self.choice_text
