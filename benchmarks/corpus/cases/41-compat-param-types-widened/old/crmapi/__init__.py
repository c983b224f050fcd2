from .ids import ContactID, UserID
from .service import add_all, get_user, invite, set_ratio, tag

__all__ = ["ContactID", "UserID", "add_all", "get_user", "invite", "set_ratio", "tag"]
