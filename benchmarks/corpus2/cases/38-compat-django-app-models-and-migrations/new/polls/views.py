from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views import generic
from django.views.decorators.cache import never_cache
from django.views.decorators.vary import vary_on_cookie

from .models import Question


@never_cache
def index(request: HttpRequest) -> HttpResponse:
    latest = Question.objects.filter(status=Question.Status.OPEN).order_by("-pub_date")[:5]
    return render(request, "polls/index.html", {"latest_question_list": latest})


class DetailView(generic.DetailView):
    model = Question
    template_name = "polls/detail.html"
    context_object_name = "question"

    def get_queryset(self):
        return Question.objects.exclude(status=Question.Status.CLOSED)


@vary_on_cookie
def vote(request: HttpRequest, question_id: int) -> HttpResponse:
    question = get_object_or_404(Question, pk=question_id)
    return render(request, "polls/results.html", {"question": question})
