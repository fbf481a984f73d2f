// Replaced by the documents layer.
namespace motcua::documents {}
