from django.core.management.base import BaseCommand

from polls.models import Question


class Command(BaseCommand):
    help = "Close the given polls"

    def add_arguments(self, parser):
        parser.add_argument("poll_ids", nargs="+", type=int)

    def handle(self, *args, **options):
        Question.objects.filter(pk__in=options["poll_ids"]).update(status=Question.Status.CLOSED)
