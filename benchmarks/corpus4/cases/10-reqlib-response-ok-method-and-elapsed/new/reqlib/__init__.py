from .models import Response
