import socket
import ssl
import urllib.error
import urllib.request

from .exceptions import ConnectionError, ConnectTimeout, HTTPError, InvalidURL, ReadTimeout, SSLError


def get(url: str, timeout: float = 10.0) -> bytes:
    if "://" not in url:
        raise InvalidURL(url)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as fh:
            return fh.read()
    except urllib.error.HTTPError as exc:
        raise HTTPError(str(exc)) from exc
    except ssl.SSLError as exc:
        raise SSLError(str(exc)) from exc
    except socket.timeout as exc:
        raise ReadTimeout(str(exc)) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, socket.timeout):
            raise ConnectTimeout(str(exc)) from exc
        raise ConnectionError(str(exc)) from exc
