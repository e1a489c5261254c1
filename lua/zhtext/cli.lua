-- placeholder: owned by a work stream, replaced as it lands
return {}
